package cn.weihai.lianbao.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule left open swallows every rule after it, without any error in the browser. */
class StylesheetTest {

    @Test
    void everyRuleOfTheStylesheetIsClosed() throws IOException {
        String css = Files.readString(Path.of("frontend/styles/lianbao.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        Deque<Boolean> open = new ArrayDeque<>(); // per open block: is it an at-rule (@media …)?
        int line = 1;
        int preludeStart = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                boolean atRule = css.substring(preludeStart, i).strip().startsWith("@");
                assertThat(!atRule && Boolean.FALSE.equals(open.peek()))
                        .as("a rule opened inside a style rule at line %d: a '}' is missing before it", line)
                        .isFalse();
                open.push(atRule);
                preludeStart = i + 1;
            } else if (c == '}') {
                assertThat(open).as("'}' without a rule at line %d", line).isNotEmpty();
                open.pop();
                preludeStart = i + 1;
            } else if (c == ';') {
                preludeStart = i + 1;
            }
        }
        assertThat(open).as("rules left open").isEmpty();
    }
}
