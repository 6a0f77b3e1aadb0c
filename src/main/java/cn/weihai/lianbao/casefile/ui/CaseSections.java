package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;

import java.util.List;

/**
 * The case page's sections (applicant, project, intake, tracks, external-works approval, materials) for another
 * page that shows a case, such as the case as it stood at an earlier moment. Read-only: no component that records
 * anything; a section that grows actions on the case page must leave them out here.
 */
public final class CaseSections {
    private CaseSections() {
    }

    public static List<Component> readOnly(CaseDetails details) {
        Div tracks = new Div();
        tracks.addClassName("lb-cards");
        details.tracks().forEach(t -> tracks.add(new TrackCard(t)));
        return List.of(new CaseHeader(details),
                CaseView.section("case-tracks", "case.section.tracks", tracks),
                CaseView.section("case-approval", "case.section.approval", new ApprovalPanel(details.approval())),
                CaseView.section("case-materials", "case.section.materials", MaterialsPanel.of(details, true)));
    }

    /** A titled section as on the case page. */
    public static Section section(String id, String titleKey, Component... content) {
        return CaseView.section(id, titleKey, content);
    }
}
