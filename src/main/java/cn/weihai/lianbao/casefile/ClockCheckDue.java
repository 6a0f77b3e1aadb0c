package cn.weihai.lianbao.casefile;

import java.time.LocalDate;

/** The payload of a case's clock-check deadline: the day it was planned for. */
public record ClockCheckDue(String caseNumber, LocalDate day) {
}
