package cn.weihai.lianbao.security;

import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
    /**
     * Each record class's readable components, looked up once: reading them through reflection on every command
     * cost 5 % of a command's time on the command thread (issue 8, profile in docs/performance.md).
     */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    components.add(new Component(c.getName(), MethodHandles.lookup().unreflect(c.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class))));
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    // a component that cannot be read carries no text we could check
                }
            }
            return List.copyOf(components);
        }
    };

    private record Component(String name, MethodHandle accessor) {
    }

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
                for (Component c : COMPONENTS.get(r.getClass())) {
                    Object component;
                    try {
                        component = c.accessor().invoke(r);
                    } catch (Throwable unreadable) {
                        continue; // a component that cannot be read carries no text we could check
                    }
                    visit(component, join(path, c.name()), violations, depth + 1);
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
