package dev.candor.questionbank.web;

import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;

/**
 * Messages with arguments for the question bank's pages. EL's String.replace picks replace(char,
 * char) for a number argument, so pages format through here: {@code
 * #{bankText.of('bank.question.title', id)}}.
 */
@Named
@ApplicationScoped
public class BankText {

    public String of(String key, Object argument) {
        return Text.of(key, String.valueOf(argument));
    }

    public String of(String key, Object first, Object second) {
        return Text.of(
                key, Arrays.stream(new Object[] {first, second}).map(String::valueOf).toArray());
    }
}
