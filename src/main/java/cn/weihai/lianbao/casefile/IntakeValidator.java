package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.MobilePhone;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Checks an intake (受理) and names every invalid field at once, with the v1 API's field paths. */
public final class IntakeValidator {
    public static final int MAX_TEXT = 200;
    /** Back-dating is for cases filed on paper earlier, not for dates no combined application can have. */
    public static final LocalDate EARLIEST_ACCEPTED_ON = LocalDate.of(2000, 1, 1);

    private IntakeValidator() {
    }

    public static List<FieldViolation> validate(AcceptApplication cmd, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (cmd.channel() == null) {
            v.add(FieldViolation.of("channel", "validation.required"));
        } else if (!cmd.channel().isIntakeChannel()) {
            v.add(FieldViolation.of("channel", "validation.channel.notIntake"));
        }
        if (cmd.acceptedOn() != null && cmd.acceptedOn().isAfter(today)) {
            v.add(FieldViolation.of("acceptedOn", "validation.date.future", today));
        } else if (cmd.acceptedOn() != null && cmd.acceptedOn().isBefore(EARLIEST_ACCEPTED_ON)) {
            v.add(FieldViolation.of("acceptedOn", "validation.date.tooEarly", EARLIEST_ACCEPTED_ON));
        }
        applicant(cmd.applicant(), v);
        project(cmd.project(), v);
        services(cmd.services(), v);
        return v;
    }

    private static void applicant(Applicant a, List<FieldViolation> v) {
        if (a == null) {
            v.add(FieldViolation.of("applicant", "validation.required"));
            return;
        }
        text("applicant.name", a.name(), v);
        if (isBlank(a.creditCode())) {
            v.add(FieldViolation.of("applicant.creditCode", "validation.required"));
        } else if (!CreditCode.isValid(a.creditCode().strip())) {
            v.add(FieldViolation.of("applicant.creditCode", "validation.creditCode.invalid"));
        }
        text("applicant.contactName", a.contactName(), v);
        if (isBlank(a.phone())) {
            v.add(FieldViolation.of("applicant.phone", "validation.required"));
        } else if (!MobilePhone.isValid(a.phone().strip())) {
            v.add(FieldViolation.of("applicant.phone", "validation.phone.invalid"));
        }
    }

    private static void project(Project p, List<FieldViolation> v) {
        if (p == null) {
            v.add(FieldViolation.of("project", "validation.required"));
            return;
        }
        text("project.name", p.name(), v);
        text("project.code", p.code(), v);
        text("project.address", p.address(), v);
        if (p.district() == null) {
            v.add(FieldViolation.of("project.district", "validation.required"));
        }
        if (p.constructionType() == null) {
            v.add(FieldViolation.of("project.constructionType", "validation.required"));
        }
    }

    private static void services(List<ServiceSelection> services, List<FieldViolation> v) {
        if (services == null || services.isEmpty()) {
            v.add(FieldViolation.of("services", "validation.services.none"));
            return;
        }
        Set<UtilityService> seen = EnumSet.noneOf(UtilityService.class);
        for (int i = 0; i < services.size(); i++) {
            ServiceSelection s = services.get(i);
            String path = "services[" + i + "]";
            if (s == null || s.service() == null) {
                v.add(FieldViolation.of(path + ".type", "validation.required"));
                continue;
            }
            if (!seen.add(s.service())) {
                v.add(FieldViolation.of(path + ".type", "validation.services.duplicate", s.service()));
            }
            if (s.externalWorks() && !s.service().externalWorksPossible()) {
                v.add(FieldViolation.of(path + ".externalWorks", "validation.services.externalWorksNotApplicable",
                        s.service()));
            }
            if (s.service() == UtilityService.POWER && s.powerCategory() == null) {
                v.add(FieldViolation.of(path + ".powerCategory", "validation.required"));
            }
            if (s.service() != UtilityService.POWER && s.powerCategory() != null) {
                v.add(FieldViolation.of(path + ".powerCategory", "validation.services.powerCategoryOnlyForPower"));
            }
        }
    }

    private static void text(String field, String value, List<FieldViolation> v) {
        if (isBlank(value)) {
            v.add(FieldViolation.of(field, "validation.required"));
        } else if (value.strip().length() > MAX_TEXT) {
            v.add(FieldViolation.of(field, "validation.tooLong", MAX_TEXT));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
