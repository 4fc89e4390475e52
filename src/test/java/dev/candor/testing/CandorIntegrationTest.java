package dev.candor.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An Arquillian test against the real Candor WAR in Payara Micro, on the database the failsafe
 * execution chose. The throw-away database is created before Arquillian deploys.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ThrowawayDatabase.class)
@ExtendWith(ArquillianExtension.class)
public @interface CandorIntegrationTest {}
