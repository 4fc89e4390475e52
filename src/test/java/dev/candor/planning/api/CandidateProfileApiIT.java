package dev.candor.planning.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.planning.ResumePdfs;
import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The candidate's profile over the API: a PDF résumé that the opening's staff upload and the panel
 * downloads, links and source in the candidate's JSON, and the résumé in the personal-data export
 * and gone after erasure.
 */
@CandorIntegrationTest
@RunAsClient
@Order(24)
class CandidateProfileApiIT {

    private static final String PDF = "application/pdf";

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void the_opening_staff_upload_a_resume_the_panel_downloads_it_and_outsiders_do_not_see_it() {
        ScoringFixture world = ScoringFixture.create(deployment, 1, 1);
        String path = "api/v1/candidates/" + world.candidateId + "/resume";
        byte[] resume = ResumePdfs.onePage("Casey Candidate, support lead");
        String outsider = TestUsers.create(deployment, "ivout", "INTERVIEWER");
        String interviewer = world.panel.get(0);

        assertEquals(404, world.as(world.recruiter).download(path).statusCode(), "none yet");
        assertEquals(204, world.as(world.recruiter).put(path, PDF, resume).status());
        assertEquals(404, world.as(outsider).put(path, PDF, resume).status());
        ApiResponse byPanel = world.as(interviewer).put(path, PDF, resume);
        assertEquals(403, byPanel.status(), byPanel::toString);

        for (String reader : new String[] {world.recruiter, world.manager, interviewer}) {
            HttpResponse<byte[]> download = world.as(reader).download(path);
            assertEquals(200, download.statusCode(), reader);
            assertArrayEquals(resume, download.body(), reader);
            assertEquals(PDF, download.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(
                    download.headers()
                            .firstValue("Content-Disposition")
                            .orElseThrow()
                            .startsWith("attachment"));
            assertEquals(
                    "nosniff",
                    download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        }
        assertEquals(404, world.as(outsider).download(path).statusCode());
        String otherManager = TestUsers.create(deployment, "hmother", "HIRING_MANAGER");
        assertEquals(404, world.as(otherManager).download(path).statusCode());
        assertEquals(401, ApiClient.anonymous(deployment).download(path).statusCode());

        assertEquals(403, world.as(interviewer).delete(path).status());
        assertEquals(204, world.as(world.manager).delete(path).status());
        assertEquals(404, world.as(interviewer).download(path).statusCode());
        assertEquals(204, world.as(world.manager).delete(path).status(), "again: nothing to do");
    }

    @Test
    void a_file_that_is_not_a_pdf_gets_422_and_one_over_the_limit_413_and_neither_is_kept() {
        ScoringFixture world = ScoringFixture.create(deployment, 1, 1);
        ApiClient recruiter = world.as(world.recruiter);
        String path = "api/v1/candidates/" + world.candidateId + "/resume";

        ApiResponse word =
                recruiter.put(path, PDF, "PK\u0003\u0004 word".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, word.status(), word::toString);
        assertTrue(word.contentType().startsWith("application/problem+json"), word::toString);
        assertTrue(error(word, "resume").contains("not a PDF"), word::toString);

        ApiResponse cutOff =
                recruiter.put(path, PDF, "%PDF-1.7\nthen nothing".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, cutOff.status(), cutOff::toString);

        byte[] tooLarge = Arrays.copyOf(ResumePdfs.onePage("big"), 5 * 1024 * 1024 + 1);
        ApiResponse large = recruiter.put(path, PDF, tooLarge);
        assertEquals(413, large.status(), large::toString);
        assertTrue(large.contentType().startsWith("application/problem+json"), large::toString);
        assertTrue(large.json().getString("detail").contains("5 MB"), large::toString);

        assertEquals(404, recruiter.download(path).statusCode(), "nothing was stored");
    }

    @Test
    void links_and_source_are_part_of_the_candidate_and_its_export_and_erasure_removes_them() {
        ScoringFixture world = ScoringFixture.create(deployment, 1, 1);
        ApiClient recruiter = world.as(world.recruiter);
        String candidate = "api/v1/candidates/" + world.candidateId;

        ApiResponse bad = recruiter.put(candidate, "{\"links\":[\"javascript:alert(1)\"]}");
        assertEquals(422, bad.status(), bad::toString);
        assertTrue(error(bad, "links").contains("not a web address"), bad::toString);

        ApiResponse saved =
                recruiter.put(
                        candidate,
                        "{\"links\":[\"https://example.com/casey\"],\"source\":\"Referral\"}");
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("https://example.com/casey", saved.json().getJsonArray("links").getString(0));
        ApiResponse sourceOnly = recruiter.put(candidate, "{\"source\":\"Job board\"}");
        assertEquals("Job board", sourceOnly.json().getString("source"));
        assertEquals(1, sourceOnly.json().getJsonArray("links").size(), "links left as they were");

        byte[] resume = ResumePdfs.onePage("Casey");
        assertEquals(204, recruiter.put(candidate + "/resume", PDF, resume).status());
        JsonObject export = recruiter.get(candidate + "/personal-data").json();
        JsonObject profile = export.getJsonObject("profile");
        assertEquals("Job board", profile.getString("source"));
        assertEquals(resume.length, profile.getJsonObject("resume").getInt("sizeBytes"));
        assertTrue(
                profile.getJsonObject("resume").getString("contentBase64").startsWith("JVBERi0"),
                "the PDF itself, Base64");

        ApiResponse erased =
                recruiter.post(candidate + "/erasure", "{\"reason\":\"request by e-mail\"}");
        assertEquals(200, erased.status(), erased::toString);
        assertEquals(0, erased.json().getJsonArray("links").size());
        assertEquals(404, recruiter.download(candidate + "/resume").statusCode());
    }

    /** The message of a problem+json refusal for one field ("" when the field is not listed). */
    private static String error(ApiResponse refusal, String field) {
        return refusal.json().getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> field.equals(e.getString("field")))
                .map(e -> e.getString("message"))
                .findFirst()
                .orElse("");
    }
}
