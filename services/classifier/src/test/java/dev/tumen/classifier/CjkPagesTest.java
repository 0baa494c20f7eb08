package dev.tumen.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.PageReceived;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Chinese and Japanese plain-text pages: prose without spaces is still prose, and the label comes from it. */
class CjkPagesTest {
    private static final ArticleClassifier CLASSIFIER = new ArticleClassifier();

    private static ArticleLabelled classify(String text) {
        return CLASSIFIER.classify(new PageReceived("p1", null, "test", "push", "text/plain", text, null, null, Instant.now(), null));
    }

    @Test
    void chineseProseLinesAreTheArticle() {
        ArticleLabelled a = classify("首页 国际 财经\n\n"
                + "俄罗斯总统普京周三抵达平壤，开始对朝鲜进行国事访问，这是他二十多年来首次访问朝鲜。\n\n"
                + "金正恩在机场迎接普京，两国领导人随后举行会谈，讨论扩大双边合作。\n");
        assertEquals("zh", a.lang());
        assertTrue(a.body().contains("国事访问"), a.body());
        assertTrue(a.relevant(), a::toString);
    }

    @Test
    void japaneseProseLinesAreTheArticle() {
        ArticleLabelled a = classify("ホーム 国際 経済\n\n"
                + "ロシアのラブロフ外相は平壌に到着し、北朝鮮の崔善姫外相と会談した。両国の協力について話し合った。\n");
        assertEquals("ja", a.lang());
        assertTrue(a.relevant(), a::toString);
    }
}
