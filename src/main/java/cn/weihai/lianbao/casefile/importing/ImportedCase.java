package cn.weihai.lianbao.casefile.importing;

import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.Map;

/**
 * One valid row: the intake (without its case number, allocated only when the row is imported) and the date each
 * connected service was connected (接通).
 */
public record ImportedCase(int row, AcceptApplication intake, Map<UtilityService, LocalDate> connectedOn) {
    public ImportedCase {
        connectedOn = Map.copyOf(connectedOn);
    }

    /** One historical case is imported once, whichever file it comes in: project code, credit code, accepted on. */
    public String dedupeKey() {
        return intake.project().code().strip() + "|" + intake.applicant().creditCode().strip().toUpperCase()
                + "|" + intake.acceptedOn();
    }
}
