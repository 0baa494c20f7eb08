package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApiDescriptionControllerTest {

    @Test
    void theServedDocumentDropsOnlyNullExamples() {
        String generated = """
                content:
                  application/json:
                    schema:
                      $ref: "#/components/schemas/PagePush"
                    example: null
                  text/plain:
                    example: "null"
                    schema: {type: string, example: nullable}
                """;
        String served = new String(ApiDescriptionController.published(generated.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals(generated.replace("    example: null\n", ""), served);
    }
}
