package dev.candor.questionbank.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EditorFieldsTest {

    @Test
    void problems_go_beside_the_input_they_are_about() {
        assertEquals("editor:text", EditorFields.clientId("editor", "text"));
        assertEquals("editor:probes:1:probe", EditorFields.clientId("editor", "probes[2]"));
        assertEquals(
                "editor:anchors:2:label",
                EditorFields.clientId("editor", "anchors[score=3].label"));
        assertEquals(
                "editor:anchors:4:description",
                EditorFields.clientId("editor", "anchors[score=5].description"));
        assertEquals("editor:tags", EditorFields.clientId("editor", "tags[3]"));
        assertEquals("editor:addProbe", EditorFields.clientId("editor", "probes"));
    }

    @Test
    void problems_without_a_field_on_the_form_go_to_the_top() {
        assertNull(EditorFields.clientId("editor", "anchors"));
        assertNull(EditorFields.clientId("editor", "body"));
    }
}
