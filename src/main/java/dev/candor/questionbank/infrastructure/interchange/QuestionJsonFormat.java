package dev.candor.questionbank.infrastructure.interchange;

import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionField;
import dev.candor.questionbank.domain.QuestionSource;
import dev.candor.questionbank.domain.QuestionVersion;
import dev.candor.questionbank.domain.RubricAnchor;
import dev.candor.shared.infrastructure.upload.UploadedText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Questions as JSON: either a list of questions, or an object with "competencies" (which may define
 * competencies the bank lacks) and "questions". The shape is documented in docs/question-bank.md.
 */
public final class QuestionJsonFormat implements QuestionFormat {

    private static final Set<String> SECTIONS = Set.of("competencies", "questions");
    private static final Set<String> COMPETENCY_FIELDS = Set.of("name", "description", "active");
    private static final Set<String> QUESTION_FIELDS =
            Set.of(
                    "id",
                    "version",
                    "text",
                    "kind",
                    "competency",
                    "guidance",
                    "probes",
                    "anchors",
                    "tags",
                    "status",
                    "source");
    private static final Set<String> ANCHOR_FIELDS = Set.of("score", "label", "description");
    private static final Set<String> SOURCE_FIELDS = Set.of("file", "idea");
    private static final Columns NAMES =
            new Columns() {
                @Override
                public String of(QuestionField field, int position) {
                    return switch (field) {
                        case TEXT -> "text";
                        case KIND -> "kind";
                        case COMPETENCY -> "competency";
                        case GUIDANCE -> "guidance";
                        case PROBES -> "probes";
                        case PROBE -> "probes[" + position + "]";
                        case ANCHORS -> "anchors";
                        case ANCHOR_LABEL -> "anchors[score=" + position + "].label";
                        case ANCHOR_DESCRIPTION -> "anchors[score=" + position + "].description";
                        case TAGS -> "tags";
                        case TAG -> "tags[" + position + "]";
                        case STATUS -> "status";
                        case SOURCE_FILE -> "source.file";
                        case SOURCE_IDEA -> "source.idea";
                    };
                }

                @Override
                public String unknownCompetency(String name) {
                    return "there is no competency named '"
                            + name
                            + "' in the bank or in the file's \"competencies\"";
                }
            };

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public ImportReport read(byte[] file, ImportContext context) {
        ImportValidation validation = new ImportValidation(context, NAMES);
        UploadedText.decode(
                        file,
                        QuestionCsvFormat.EXPECTED,
                        problem -> validation.problem(ImportProblem.inFile(problem)))
                .flatMap(text -> parse(text, validation))
                .ifPresent(root -> readRoot(root, validation));
        return validation.report();
    }

    private static Optional<JsonValue> parse(String text, ImportValidation validation) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return Optional.of(reader.readValue());
        } catch (JsonParsingException malformed) {
            validation.problem(
                    ImportProblem.inFile(
                            "The file is not valid JSON: "
                                    + malformed.getMessage()
                                    + " (line "
                                    + malformed.getLocation().getLineNumber()
                                    + ", column "
                                    + malformed.getLocation().getColumnNumber()
                                    + ")."));
        } catch (JsonException malformed) {
            validation.problem(
                    ImportProblem.inFile("The file is not valid JSON: " + malformed.getMessage()));
        }
        return Optional.empty();
    }

    private static void readRoot(JsonValue root, ImportValidation validation) {
        if (root instanceof JsonArray questions) {
            readQuestions(questions, validation);
        } else if (root instanceof JsonObject sections) {
            JsonFields fields =
                    new JsonFields(
                            sections,
                            "",
                            SECTIONS,
                            (path, message) ->
                                    validation.problem(ImportProblem.inColumn(path, message)));
            List<JsonFields> competencies = fields.objects("competencies", COMPETENCY_FIELDS);
            for (int i = 0; i < competencies.size(); i++) {
                JsonFields competency = competencies.get(i);
                validation.defineCompetency(
                        "competencies[" + (i + 1) + "]",
                        competency.text("name"),
                        competency.text("description"),
                        competency.flag("active", true));
            }
            if (sections.get("questions") instanceof JsonArray questions) {
                readQuestions(questions, validation);
            } else {
                validation.problem(
                        ImportProblem.inColumn("questions", "is required and must be a list"));
            }
        } else {
            validation.problem(
                    ImportProblem.inFile(
                            "The file must hold a list of questions, or an object with"
                                    + " \"competencies\" and \"questions\"."));
        }
    }

    private static void readQuestions(JsonArray questions, ImportValidation validation) {
        if (questions.size() > ImportValidation.MAX_QUESTIONS) {
            validation.tooManyQuestions();
            return;
        }
        for (int i = 0; i < questions.size(); i++) {
            int row = i + 1;
            if (questions.get(i) instanceof JsonObject question) {
                validation.accept(readQuestion(row, question, validation));
            } else {
                validation.problem(new ImportProblem(row, null, "must be an object in braces"));
            }
        }
    }

    private static QuestionRow readQuestion(
            int row, JsonObject question, ImportValidation validation) {
        JsonFields fields =
                new JsonFields(
                        question,
                        "",
                        QUESTION_FIELDS,
                        (path, message) ->
                                validation.problem(new ImportProblem(row, path, message)));
        List<RubricAnchor> anchors = new ArrayList<>();
        List<JsonFields> anchorFields = fields.objects("anchors", ANCHOR_FIELDS);
        for (int i = 0; i < anchorFields.size(); i++) {
            JsonFields anchor = anchorFields.get(i);
            Optional<Integer> score = anchor.wholeNumber("score");
            if (score.isPresent() && !RubricAnchor.isScore(score.get())) {
                validation.problem(
                        new ImportProblem(
                                row,
                                "anchors[" + (i + 1) + "].score",
                                "is " + score.get() + "; scores run from 1 to 5"));
            } else {
                score.ifPresent(
                        s ->
                                anchors.add(
                                        new RubricAnchor(
                                                s,
                                                anchor.text("label"),
                                                anchor.text("description"))));
            }
        }
        Optional<JsonFields> source = fields.object("source", SOURCE_FIELDS);
        return new QuestionRow(
                row,
                fields.text("text"),
                fields.text("kind"),
                fields.text("competency"),
                fields.text("guidance"),
                fields.texts("probes"),
                anchors,
                fields.texts("tags"),
                fields.text("status"),
                source.map(s -> s.text("file")).orElse(""),
                source.map(s -> s.text("idea")).orElse(""));
    }

    @Override
    public void write(Collection<Question> questions, OutputStream out) throws IOException {
        Map<String, Competency> competencies = new LinkedHashMap<>();
        JsonArrayBuilder questionArray = Json.createArrayBuilder();
        for (Question question : questions) {
            competencies.putIfAbsent(question.getCompetency().getName(), question.getCompetency());
            questionArray.add(toJson(question));
        }
        JsonArrayBuilder competencyArray = Json.createArrayBuilder();
        competencies
                .values()
                .forEach(
                        competency ->
                                competencyArray.add(
                                        Json.createObjectBuilder()
                                                .add("name", competency.getName())
                                                .add("description", competency.getDescription())
                                                .add("active", competency.isActive())));
        JsonObject root =
                Json.createObjectBuilder()
                        .add("competencies", competencyArray)
                        .add("questions", questionArray)
                        .build();
        StringWriter text = new StringWriter();
        try (JsonWriter writer =
                Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                        .createWriter(text)) {
            writer.write(root);
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject toJson(Question question) {
        QuestionVersion version = question.getCurrentVersion();
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (question.getId() == null) {
            json.addNull("id");
        } else {
            json.add("id", question.getId());
        }
        JsonArrayBuilder anchors = Json.createArrayBuilder();
        version.getAnchors()
                .forEach(
                        anchor ->
                                anchors.add(
                                        Json.createObjectBuilder()
                                                .add("score", anchor.getScore())
                                                .add("label", anchor.getLabel())
                                                .add("description", anchor.getDescription())));
        return json.add("version", version.getNumber())
                .add("text", version.getText())
                .add("kind", version.getKind().name())
                .add("competency", version.getCompetency().getName())
                .add("guidance", version.getGuidance())
                .add("probes", Json.createArrayBuilder(version.getProbes()))
                .add("anchors", anchors)
                .add("tags", Json.createArrayBuilder(version.getTags()))
                .add("status", question.getStatus().name())
                .add(
                        "source",
                        question.getSource().map(QuestionJsonFormat::toJson).orElse(JsonValue.NULL))
                .build();
    }

    private static JsonValue toJson(QuestionSource source) {
        return Json.createObjectBuilder()
                .add("file", source.getFile())
                .add("idea", source.getIdea())
                .build();
    }
}
