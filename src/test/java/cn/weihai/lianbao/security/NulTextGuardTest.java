package cn.weihai.lianbao.security;

import cn.weihai.lianbao.shared.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NulTextGuardTest {
    record Contact(String name, String phone) {
    }

    record Command(String caseNumber, Contact contact, List<Contact> others, Map<String, String> notes, int count) {
    }

    private static List<String> violations(Object command) {
        List<FieldViolation> found = new ArrayList<>();
        NulTextGuard.visit(command, "", found, 0);
        return found.stream().map(FieldViolation::field).toList();
    }

    @Test
    void namesEveryTextWithANulWhereverItIsNested() {
        Command command = new Command("LB-2026-000001", new Contact("王\0经理", "139"),
                List.of(new Contact("李", "1\u00003")), Map.of("备注", "a\0b"), 3);

        assertThat(violations(command)).containsExactlyInAnyOrder("contact.name", "others[0].phone", "notes.备注");
    }

    @Test
    void passesTextsWithoutNulAndTheSameRecordTypeAgain() {
        Command clean = new Command("LB-2026-000001", new Contact("王经理", "139"), List.of(), Map.of(), 0);

        assertThat(violations(clean)).isEmpty();
        assertThat(violations(clean)).isEmpty();
        assertThat(violations(new Contact("\0", null))).containsExactly("name");
    }
}
