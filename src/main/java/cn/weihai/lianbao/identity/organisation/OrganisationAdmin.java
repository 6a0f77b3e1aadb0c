package cn.weihai.lianbao.identity.organisation;

import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The administrator's writes to the organisation table, each field checked with a message per field. The id is the
 * organisation's permanent code (API keys and webhooks refer to it), so it is set once and never changed.
 */
@Service
public class OrganisationAdmin {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    public static final int MAX_NAME = 200;

    private final JdbcTemplate jdbc;
    private final Organisations organisations;

    OrganisationAdmin(JdbcTemplate jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    public Organisation create(OrganisationDraft draft) {
        String id = draft.id() == null ? "" : draft.id().strip();
        List<FieldViolation> violations = new ArrayList<>();
        if (id.isEmpty()) {
            violations.add(FieldViolation.of("id", "validation.required"));
        } else if (!ID.matcher(id).matches()) {
            violations.add(FieldViolation.of("id", "organisation.error.idFormat"));
        } else if (organisations.find(id).isPresent()) {
            violations.add(FieldViolation.of("id", "organisation.error.idTaken", id));
        }
        String name = check(draft, null, violations);
        throwIfAny(violations);
        try {
            jdbc.update("INSERT INTO organisation (id, name, kind, utility, department) VALUES (?, ?, ?, ?, ?)",
                    id, name, draft.kind().name(), nameOf(draft.utility()), nameOf(draft.department()));
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("id", "organisation.error.idTaken", id);
        }
        return organisations.find(id).orElseThrow();
    }

    /** Name, kind and service or department; the id stays. */
    public Organisation update(String id, OrganisationDraft draft) {
        organisations.find(id).orElseThrow(() -> new OrganisationNotFoundException(id));
        List<FieldViolation> violations = new ArrayList<>();
        String name = check(draft, id, violations);
        throwIfAny(violations);
        try {
            jdbc.update("UPDATE organisation SET name = ?, kind = ?, utility = ?, department = ? WHERE id = ?",
                    name, draft.kind().name(), nameOf(draft.utility()), nameOf(draft.department()), id);
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("name", "organisation.error.nameTaken", name);
        }
        return organisations.find(id).orElseThrow();
    }

    /** A disabled organisation's API keys are refused until it is enabled again. */
    public Organisation setEnabled(String id, boolean enabled) {
        if (jdbc.update("UPDATE organisation SET enabled = ? WHERE id = ?", enabled, id) == 0) {
            throw new OrganisationNotFoundException(id);
        }
        return organisations.find(id).orElseThrow();
    }

    private String check(OrganisationDraft draft, String ownId, List<FieldViolation> violations) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            violations.add(FieldViolation.of("name", "validation.required"));
        } else if (name.length() > MAX_NAME) {
            violations.add(FieldViolation.of("name", "validation.tooLong", MAX_NAME));
        } else if (organisations.named(name).filter(other -> !other.id().equals(ownId)).isPresent()) {
            violations.add(FieldViolation.of("name", "organisation.error.nameTaken", name));
        }
        OrganisationKind kind = draft.kind();
        if (kind == null) {
            violations.add(FieldViolation.of("kind", "validation.required"));
            return name;
        }
        if (kind == OrganisationKind.UTILITY && draft.utility() == null) {
            violations.add(FieldViolation.of("utility", "organisation.error.utilityRequired"));
        } else if (kind != OrganisationKind.UTILITY && draft.utility() != null) {
            violations.add(FieldViolation.of("utility", "organisation.error.utilityOnlyForUtility"));
        } else if (draft.utility() != null && organisations.forUtility(draft.utility())
                .filter(other -> !Objects.equals(other.id(), ownId)).isPresent()) {
            violations.add(FieldViolation.of("utility", "organisation.error.utilityTaken", draft.utility()));
        }
        if (kind == OrganisationKind.APPROVAL_DEPARTMENT && draft.department() == null) {
            violations.add(FieldViolation.of("department", "organisation.error.departmentRequired"));
        } else if (kind != OrganisationKind.APPROVAL_DEPARTMENT && draft.department() != null) {
            violations.add(FieldViolation.of("department", "organisation.error.departmentOnlyForDepartment"));
        } else if (draft.department() != null && organisations.forDepartment(draft.department())
                .filter(other -> !Objects.equals(other.id(), ownId)).isPresent()) {
            violations.add(FieldViolation.of("department", "organisation.error.departmentTaken", draft.department()));
        }
        return name;
    }

    private static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
