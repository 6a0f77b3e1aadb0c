package cn.weihai.lianbao.casefile.api;

/** The builder (建设单位) who files the combined application. */
public record Applicant(String name, String creditCode, String contactName, String phone) {
}
