package dev.candor.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that `mvn package` built, at the root context as the launcher deploys it: tests exercise
 * what ships.
 */
public final class CandorDeployment {

    private CandorDeployment() {}

    public static WebArchive war() {
        File war = new File(System.getProperty("candor.war", "target/candor.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(war)
                .as(WebArchive.class);
    }
}
