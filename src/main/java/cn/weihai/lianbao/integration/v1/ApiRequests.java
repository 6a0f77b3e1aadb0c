package cn.weihai.lianbao.integration.v1;

import java.util.List;

/**
 * The request bodies of the v1 API. Codes and dates are kept as text so that an unknown value or a
 * malformed date becomes one field error among the others instead of failing the whole body.
 */
public final class ApiRequests {
    private ApiRequests() {
    }

    public record SubmitApplication(String channel, String acceptedOn, ApplicantInput applicant,
                                    ProjectInput project, List<ServiceInput> services) {
    }

    public record ApplicantInput(String name, String creditCode, String contactName, String phone) {
    }

    public record ProjectInput(String name, String code, String address, String district,
                               String constructionType) {
    }

    public record ServiceInput(String type, Boolean externalWorks, String powerCategory) {
    }

    public record RecordStep(String step, String occurredOn, String note) {
    }

    public record Withdrawal(String reason, String occurredOn) {
    }

    public record ExternalWorksMaterials(String preparedBy, Boolean commitmentApplies, Boolean touchesHighway,
                                         String note, String occurredOn) {
    }

    public record CommitmentLetter(String documentName, String sha256, String occurredOn) {
    }

    public record ExternalWorksSubmission(List<String> departments, String occurredOn) {
    }

    public record ExternalWorksOpinion(Boolean agreed, String reason, String occurredOn) {
    }

    public record ExternalWorksPermit(String permitNumber, String occurredOn) {
    }
}
