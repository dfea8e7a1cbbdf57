package io.partita.server.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikePatternTest {

    @ParameterizedTest(name = "''{1}'' like ''{0}'' is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``          | ``         | true
            ``          | a          | false
            %           | ``         | true
            %%          | abc        | true
            _           | ``         | false
            _           | ü          | true
            _           | 😀         | true
            __          | 😀         | false
            a_c         | a😀c       | true
            abc         | abc        | true
            abc         | abcd       | false
            abc%        | abc        | true
            abc%        | abcdef     | true
            abc%        | xabc       | false
            %def        | abcdef     | true
            %def        | defx       | false
            %cd%        | abcdef     | true
            %cd%        | abdcef     | false
            a%b%c       | aXbYc      | true
            a%b%c       | abc        | true
            a%b%c       | acb        | false
            a%a%a       | aaa        | true
            a%a%a       | aa         | false
            %a%_%       | ba         | false
            %a%_%       | bab        | true
            %ab%ab%     | xabyyabz   | true
            %ab%ab%     | xabz       | false
            \\%         | %          | true
            \\%         | a          | false
            a\\_        | a_         | true
            a\\_        | ab         | false
            \\\\        | \\         | true
            a\\         | a\\        | true
            100\\%%     | 100%ok     | true
            100\\%%     | 100ok      | false
            %\\%        | 5%         | true
            """)
    void percentUnderscoreAndBackslashFollowSqlLikeRules(String pattern, String value, boolean expected) {
        assertThat(LikePattern.compile(pattern).test(value)).isEqualTo(expected);
    }
}
