package cn.weihai.lianbao.security;

import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Refuses any command carrying a NUL character in one of its texts, whichever screen or API sent it: PostgreSQL
 * cannot store NUL in text, so such an event would be stored and then break every projection replaying it.
 */
class NulTextGuard implements MessageDispatchInterceptor<CommandMessage<?>> {
    private static final int MAX_DEPTH = 6;

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            List<FieldViolation> violations = new ArrayList<>();
            visit(command.getPayload(), "", violations, 0);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return command;
        };
    }

    static void visit(Object value, String path, List<FieldViolation> violations, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        switch (value) {
            case String s when s.indexOf('\0') >= 0 -> violations.add(FieldViolation.of(path, "security.text.nul"));
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        c.getAccessor().setAccessible(true);
                        visit(c.getAccessor().invoke(r), join(path, c.getName()), violations, depth + 1);
                    } catch (ReflectiveOperationException | RuntimeException unreadable) {
                        // a component that cannot be read carries no text we could check
                    }
                }
            }
            case Collection<?> items -> {
                int i = 0;
                for (Object item : items) {
                    visit(item, path + "[" + i++ + "]", violations, depth + 1);
                }
            }
            case Map<?, ?> map -> map.forEach((k, v) -> {
                visit(k, path, violations, depth + 1);
                visit(v, join(path, String.valueOf(k)), violations, depth + 1);
            });
            default -> {
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
