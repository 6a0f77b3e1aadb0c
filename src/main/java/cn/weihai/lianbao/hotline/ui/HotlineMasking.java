package cn.weihai.lianbao.hotline.ui;

import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.hotline.PersonalData;
import cn.weihai.lianbao.identity.CurrentUser;
import com.vaadin.flow.server.VaadinSession;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether the signed-in user sees a case's personal data masked: hotline agents do, until they have revealed the
 * case in this session (recorded on the case as PersonalDataRevealed). Other roles see them as recorded.
 */
public final class HotlineMasking {
    private static final String REVEALED = HotlineMasking.class.getName() + ".revealed";

    private HotlineMasking() {
    }

    public static boolean masks(String caseNumber) {
        return PersonalData.maskedFor(new CurrentUser()) && !revealed().contains(caseNumber);
    }

    /** The applicant as the user may see it; the company name stays (a legal entity). */
    public static Applicant applicant(String caseNumber, Applicant applicant) {
        if (!masks(caseNumber)) {
            return applicant;
        }
        return PersonalData.masked(applicant);
    }

    static void markRevealed(String caseNumber) {
        revealed().add(caseNumber);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> revealed() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return new HashSet<>();
        }
        Object set = session.getAttribute(REVEALED);
        if (set == null) {
            set = new HashSet<String>();
            session.setAttribute(REVEALED, set);
        }
        return (Set<String>) set;
    }
}
