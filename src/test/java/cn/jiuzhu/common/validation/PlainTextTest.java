package cn.jiuzhu.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.validation.PlainText.Problem;

class PlainTextTest {

    @Test
    void freeTextMayHoldTabsAndLineBreaksButNoOtherControls() {
        assertThat(PlainText.inText("住房为旧公房。\n配偶长期卧床，\t申请人打零工。\r\n")).isEmpty();
        assertThat(PlainText.inText("王\u0000五")).contains(Problem.CONTROL_CHARACTER);
        assertThat(PlainText.inText("\u001B[31m")).contains(Problem.CONTROL_CHARACTER);
        assertThat(PlainText.inText("王五\u007F")).contains(Problem.CONTROL_CHARACTER);
        assertThat(PlainText.inText("王\u0085五")).contains(Problem.CONTROL_CHARACTER);
        assertThat(PlainText.inText("王\u009F五")).contains(Problem.CONTROL_CHARACTER);
    }

    @Test
    void everyBidirectionalControlIsRefused() {
        for (char c : new char[] { '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
                '\u200E', '\u200F', '\u061C' }) {
            assertThat(PlainText.inText("经办人" + c + "abc")).as("U+%04X", (int) c).contains(Problem.BIDI_CONTROL);
        }
        assertThat(PlainText.inText("\u2029")).as("a paragraph separator is a line break, fine in free text").isEmpty();
    }

    @Test
    void surrogatesMustComeInPairs() {
        assertThat(PlainText.inText("张三😀")).isEmpty();
        assertThat(PlainText.inText("张三\uD83D")).contains(Problem.UNPAIRED_SURROGATE);
        assertThat(PlainText.inText("\uDE00张三")).contains(Problem.UNPAIRED_SURROGATE);
        assertThat(PlainText.inText("\uDE00\uD83D")).as("in the wrong order").contains(Problem.UNPAIRED_SURROGATE);
    }

    @Test
    void aNameStaysOnOneLineWithoutTabs() {
        assertThat(PlainText.inName("欧阳·娜娜 Smith-Jones")).isEmpty();
        assertThat(PlainText.inName(null)).isEmpty();
        for (String name : new String[] { "张\t三", "张三\n", "\r张三", "张\u2028三", "张\u2029三" }) {
            assertThat(PlainText.inName(name)).as(name).contains(Problem.TAB_OR_LINE_BREAK);
        }
        assertThat(PlainText.inName("张\u0000三")).contains(Problem.CONTROL_CHARACTER);
    }
}
