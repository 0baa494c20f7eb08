package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class StyleClassesTest {
    private static Set<String> hidden(String css) {
        return StyleClasses.hiddenSelectors(Jsoup.parse("<html><head><style>" + css + "</style></head><body><p>x</p></body></html>"));
    }

    @Test
    void readsTopLevelRulesOfOneSimpleSelectorOnly() {
        assertEquals(Set.of("#appDown", ".layer"), hidden("#appDown{display:none;position:absolute} div.layer, .a .b {display: none}"
                + " .shown{display:block} .none-ish{display:none-like} @media print{.noprint{display:none}}"));
    }

    @Test
    void aBoxShownAgainInAMediaRuleIsNotHidden() {
        assertEquals(Set.of(".drawer"), hidden(".desktop-nav{display:none} .drawer{display:none}"
                + " @media (min-width:768px){.desktop-nav{display:flex}}"));
    }

    @Test
    void aCommentedOutRuleDoesNotHideTheRuleAfterIt() {
        // a rule commented out with its braces used to end the next rule's selectors inside the comment
        assertEquals(Set.of(".promo"), hidden("/*\na:hover {\n color: #000;\n}\n*/\n.promo {\n\tdisplay: none;\n}"));
    }

    @Test
    void readsNoFurtherThanTheCap() {
        String filler = ".f{color:red}".repeat(70_000 / 13);
        assertTrue(hidden(filler + ".late{display:none}").isEmpty());
        assertEquals(Set.of(".early"), hidden(".early{display:none}" + filler));
    }
}
