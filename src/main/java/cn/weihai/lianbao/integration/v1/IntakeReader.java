package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.IntakeValidator;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.integration.v1.ApiRequests.ApplicantInput;
import cn.weihai.lianbao.integration.v1.ApiRequests.ProjectInput;
import cn.weihai.lianbao.integration.v1.ApiRequests.ServiceInput;
import cn.weihai.lianbao.integration.v1.ApiRequests.SubmitApplication;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the submitted JSON into {@link AcceptApplication}, reporting every bad field at once: the codes and
 * dates that cannot be read, and everything {@link IntakeValidator} finds in what could be read.
 */
final class IntakeReader {
    private static final List<String> DISTRICTS = Arrays.stream(District.values()).map(District::chineseName).toList();
    private static final List<Channel> INTAKE_CHANNELS =
            Arrays.stream(Channel.values()).filter(Channel::isIntakeChannel).toList();

    private IntakeReader() {
    }

    /**
     * The command without its case number (allocated only once the intake is known to be valid) and with
     * {@code acceptedOn} defaulted to today, so the number's year and the accepted date agree.
     */
    static AcceptApplication read(SubmitApplication body, LocalDate today, Actor actor) {
        InputReader in = new InputReader();
        Channel channel = in.code("channel", body.channel(), Channel.class, INTAKE_CHANNELS);
        LocalDate acceptedOn = in.date("acceptedOn", body.acceptedOn());
        AcceptApplication cmd = new AcceptApplication(null, acceptedOn == null ? today : acceptedOn, channel,
                applicant(body.applicant()), project(body.project(), in), services(body.services(), in), actor);

        List<FieldViolation> violations = new ArrayList<>(in.violations());
        for (FieldViolation v : IntakeValidator.validate(cmd, today)) {
            // an unreadable code is also "missing" to the validator: say only what is really wrong
            if (!in.hasViolationOn(v.field())) {
                violations.add(v);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return cmd;
    }

    private static Applicant applicant(ApplicantInput a) {
        return a == null ? null : new Applicant(a.name(), a.creditCode(), a.contactName(), a.phone());
    }

    private static Project project(ProjectInput p, InputReader in) {
        if (p == null) {
            return null;
        }
        return new Project(p.name(), p.code(), p.address(),
                in.parsed("project.district", p.district(), District::parse, DISTRICTS),
                in.code("project.constructionType", p.constructionType(), ConstructionType.class));
    }

    private static List<ServiceSelection> services(List<ServiceInput> services, InputReader in) {
        if (services == null) {
            return null;
        }
        List<ServiceSelection> selections = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            ServiceInput s = services.get(i);
            String path = "services[" + i + "]";
            selections.add(s == null ? null : new ServiceSelection(
                    in.code(path + ".type", s.type(), UtilityService.class),
                    Boolean.TRUE.equals(s.externalWorks()),
                    in.code(path + ".powerCategory", s.powerCategory(), PowerCategory.class)));
        }
        return selections;
    }
}
