package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.hotline.ui.HotlineMasking;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.ui.Fields;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.html.Div;

/** The case's fixed facts: the applicant, the project and the intake. */
class CaseHeader extends Div {

    CaseHeader(CaseDetails c) {
        setId("case-header");
        addClassName("lb-case-header");
        // hotline agents see personal data masked until revealed for a registered complaint
        var applicant = HotlineMasking.applicant(c.caseNumber(), c.applicant());
        var project = c.project();
        add(CaseView.section("case-applicant", "case.section.applicant", new Fields()
                        .add("case.field.applicantName", applicant.name())
                        .add("case.field.creditCode", applicant.creditCode())
                        .add("case.field.contact", applicant.contactName())
                        .add("case.field.phone", applicant.phone())),
                CaseView.section("case-project", "case.section.project", new Fields()
                        .add("case.field.projectName", project.name())
                        .add("case.field.projectCode", project.code())
                        .add("case.field.address", project.address())
                        .add("case.field.district", Labels.of(project.district()))
                        .add("case.field.constructionType", Labels.of(project.constructionType()))),
                CaseView.section("case-intake", "case.section.intake", new Fields()
                        .add("case.field.channel", Labels.of(c.channel()))
                        .add("case.field.acceptedOn", Labels.date(c.acceptedOn()))
                        .add("case.field.acceptedBy", who(c.acceptedBy()))
                        .add("case.field.status", Labels.of(c.status()))));
    }

    static String who(Actor actor) {
        if (actor == null) {
            return Labels.empty();
        }
        return actor.organisation().isBlank() ? actor.displayName()
                : Labels.text("common.nameAndOrganisation", actor.displayName(), actor.organisation());
    }
}
