package cn.weihai.lianbao.deadline;

import java.time.LocalDate;

/** Applicant-side waiting from {@code from} to {@code to}; {@code to} is null while the wait goes on. */
public record Wait(LocalDate from, LocalDate to) {
}
