package cn.weihai.lianbao.hotline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @Test
    void phonesKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(PersonalData.maskPhone("13800000000")).isEqualTo("138****0000");
        assertThat(PersonalData.maskPhone(" 13912345678 ")).isEqualTo("139****5678");
        assertThat(PersonalData.maskPhone("6312345")).isEqualTo("*****45");
        assertThat(PersonalData.maskPhone(null)).isNull();
    }

    @Test
    void namesKeepTheFamilyNameAndFromThreeCharactersTheLast() {
        assertThat(PersonalData.maskName("王明")).isEqualTo("王*");
        assertThat(PersonalData.maskName("王小明")).isEqualTo("王*明");
        assertThat(PersonalData.maskName("欧阳小明")).isEqualTo("欧**明");
        assertThat(PersonalData.maskName("王")).isEqualTo("*");
        assertThat(PersonalData.maskName("")).isEmpty();
    }

    @Test
    void creditCodesKeepTheirFirstAndLastFourCharacters() {
        assertThat(PersonalData.maskCreditCode("91371000MA3C12345X")).isEqualTo("9137**********345X");
        assertThat(PersonalData.maskCreditCode("1234567")).isEqualTo("*******");
        assertThat(PersonalData.maskCreditCode(null)).isNull();
    }
}
