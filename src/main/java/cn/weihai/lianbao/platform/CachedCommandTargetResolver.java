package cn.weihai.lianbao.platform;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Axon's {@link AnnotationCommandTargetResolver} (the {@code @TargetAggregateIdentifier} and
 * {@code @TargetAggregateVersion} members, fields before methods), with each command class's members looked up once
 * instead of on every command: Axon walks the class's fields and methods and their annotations each time, 4.5 % of a
 * command's time on the command thread (issue 8, docs/performance.md). Anything it cannot resolve, including a missing
 * identifier, goes to Axon's resolver, so errors read as before.
 */
@Component(CachedCommandTargetResolver.BEAN)
public class CachedCommandTargetResolver implements CommandTargetResolver {
    /** The bean name the aggregates' {@code @Aggregate(commandTargetResolver = …)} refer to. */
    public static final String BEAN = "cachedCommandTargetResolver";
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private record Members(MethodHandle identifier, MethodHandle version) {
    }

    private static final ClassValue<Members> MEMBERS = new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> type) {
            return new Members(find(type, TargetAggregateIdentifier.class), find(type, TargetAggregateVersion.class));
        }
    };

    private final CommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        Members members = payload == null ? null : MEMBERS.get(payload.getClass());
        if (members == null || members.identifier() == null) {
            return axon.resolveTarget(command);
        }
        try {
            Object identifier = members.identifier().invokeExact(payload);
            Object version = members.version() == null ? null : members.version().invokeExact(payload);
            if (identifier == null || !(version == null || version instanceof Number)) {
                return axon.resolveTarget(command);
            }
            return new VersionedAggregateIdentifier(identifier,
                    version == null ? null : ((Number) version).longValue());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            return axon.resolveTarget(command);
        }
    }

    private static MethodHandle find(Class<?> type, Class<? extends Annotation> annotation) {
        try {
            for (Field field : ReflectionUtils.fieldsOf(type)) {
                if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                    return MethodHandles.lookup().unreflectGetter(ReflectionUtils.ensureAccessible(field))
                            .asType(GETTER);
                }
            }
            for (Method method : ReflectionUtils.methodsOf(type)) {
                if (method.getParameterCount() == 0 && AnnotationUtils.isAnnotationPresent(method, annotation)) {
                    return MethodHandles.lookup().unreflect(ReflectionUtils.ensureAccessible(method)).asType(GETTER);
                }
            }
        } catch (IllegalAccessException | RuntimeException unreadable) {
            // left to Axon's resolver, which reports it
        }
        return null;
    }
}
