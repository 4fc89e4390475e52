package dev.candor.questionbank.web;

import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Messages with arguments for the question bank's pages. EL's String.replace picks replace(char,
 * char) for a number argument, so pages format through here: {@code
 * #{bankText.of('bank.question.title', id)}}.
 */
@Named
@ApplicationScoped
public class BankText {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String of(String key, Object argument) {
        return Text.of(key, String.valueOf(argument));
    }

    public String of(String key, Object first, Object second) {
        return Text.of(
                key, Arrays.stream(new Object[] {first, second}).map(String::valueOf).toArray());
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
