package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsAndCsvTest {

    @Test
    void shellWordsKeepQuotedSpacesTogether() {
        assertThat(Words.split("query -c book -e \"book_id in [1, 2]\" -o 'a b'"))
                .containsExactly("query", "-c", "book", "-e", "book_id in [1, 2]", "-o", "a b");
    }

    @Test
    void csvFieldsInQuotesMayHoldCommasAndDoubledQuotes() {
        assertThat(Csv.parse("a,b\r\n1,\"[0.1, 0.2]\"\n2,\"say \"\"hi\"\"\"\n"))
                .containsExactly(List.of("a", "b"), List.of("1", "[0.1, 0.2]"), List.of("2", "say \"hi\""));
    }

    @Test
    void aBackslashEscapesASpaceAndAnUnclosedQuoteIsNamed() {
        assertThat(Words.split("insert -c book my\\ books.csv"))
                .containsExactly("insert", "-c", "book", "my books.csv");
        assertThatThrownBy(() -> Words.split("query -e \"a > 1")).hasMessage("unclosed \" quote in: query -e \"a > 1");
    }

    @Test
    void csvWithAnUnclosedQuoteIsRejectedNamingTheRecord() {
        assertThatThrownBy(() -> Csv.parse("a,b\n1,\"[0.1, 0.2]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not valid CSV after record 1: ");
    }

    @Test
    void aVectorLiteralBecomesFloats() {
        assertThat(Values.vectors("[[0.1, 0.2], [3, 4]]", "-d")).containsExactly(List.of(0.1f, 0.2f), List.of(3f, 4f));
    }

    @Test
    void aBadNumberNamesWhereItWas() {
        assertThatThrownBy(() -> Values.parse("ten", DataType.Int64, "books.csv line 3 field word_count"))
                .hasMessage("books.csv line 3 field word_count must be a Int64 value, got \"ten\"");
    }

    @Test
    void fieldSpecsTakeMilvusCliTypeNames() {
        assertThat(FieldSpecs.parse("book_intro:FLOAT_VECTOR:128", "id", false).getDimension())
                .isEqualTo(128);
        assertThat(FieldSpecs.parse("title:VARCHAR:64", "id", false).getMaxLength())
                .isEqualTo(64);
        assertThat(FieldSpecs.parse("id:INT64", "id", true).isAutoID()).isTrue();
        assertThatThrownBy(() -> FieldSpecs.parse("x:DECIMAL", "id", false)).hasMessageContaining("got \"DECIMAL\"");
    }
}
