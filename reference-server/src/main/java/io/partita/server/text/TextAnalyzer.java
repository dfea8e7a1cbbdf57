package io.partita.server.text;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * A field's analyzer, built from its {@code analyzer_params} JSON as Milvus reads it
 * (milvus-io/milvus docs "analyzer-overview", "standard-analyzer", "english-analyzer"; the Rust
 * tantivy binding internal/core/thirdparty/tantivy/tantivy-binding/src/analyzer): either a
 * built-in {@code {"type": "standard" | "english"}} (standard: the standard tokenizer and
 * lowercase; english: those, English stop words and the Porter stemmer; both take
 * {@code stop_words}), or a custom {@code {"tokenizer": "standard" | "whitespace", "filter":
 * [...]}} whose filters are {@code lowercase}, {@code asciifolding}, {@code stop} (with
 * {@code stop_words}, {@code "_english_"} naming Lucene's English list), {@code length} (with
 * {@code max}) and {@code stemmer} (with {@code language: english}). No params means standard.
 * The tokenizing itself is Lucene's; an instance is thread-safe.
 */
public final class TextAnalyzer {
    /** The refusal of bad analyzer params; the message names the bad part. */
    public static final class BadParamsException extends IllegalArgumentException {
        BadParamsException(String message) {
            super(message);
        }
    }

    private final Analyzer analyzer;

    private TextAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    private static final java.util.Map<String, TextAnalyzer> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The analyzer of these params, built once per distinct params text (a field's analyzer is
     * asked for on every insert, search and text_match).
     */
    public static TextAnalyzer of(String json) {
        String key = json == null ? "" : json;
        TextAnalyzer a = CACHE.get(key);
        if (a == null) {
            a = parse(json);
            if (CACHE.size() < 1024) {
                CACHE.put(key, a);
            }
        }
        return a;
    }

    /** The default analyzer: the standard tokenizer and lowercase. */
    public static TextAnalyzer standard() {
        return parse(null);
    }

    /**
     * The analyzer {@code json} describes; null or blank means standard.
     *
     * @throws BadParamsException when the JSON or one of its parts is not understood
     */
    public static TextAnalyzer parse(String json) {
        JsonObject o;
        if (json == null || json.isBlank()) {
            o = new JsonObject();
        } else {
            try {
                JsonElement e = JsonParser.parseString(json);
                if (!e.isJsonObject()) {
                    throw new BadParamsException("analyzer params should be a json map, got: " + json);
                }
                o = e.getAsJsonObject();
            } catch (JsonSyntaxException e) {
                throw new BadParamsException("analyzer params should be a json map: " + e.getMessage());
            }
        }
        return new TextAnalyzer(build(o));
    }

    private static Analyzer build(JsonObject o) {
        List<Stage> stages = new ArrayList<>();
        String tokenizer;
        if (o.has("type")) {
            String type = string(o.get("type"), "type");
            CharArraySet stop = o.has("stop_words") ? stopWords(o.get("stop_words")) : null;
            switch (type) {
                case "standard" -> {
                    tokenizer = "standard";
                    stages.add(LowerCaseFilter::new);
                    if (stop != null) {
                        stages.add(s -> new StopFilter(s, stop));
                    }
                }
                case "english" -> {
                    tokenizer = "standard";
                    stages.add(LowerCaseFilter::new);
                    CharArraySet words = stop != null ? stop : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
                    stages.add(s -> new StopFilter(s, words));
                    stages.add(PorterStemFilter::new);
                }
                default ->
                    throw new BadParamsException(
                            "unsupported analyzer type: " + type + " (supported: standard, english)");
            }
        } else {
            tokenizer = o.has("tokenizer") ? string(o.get("tokenizer"), "tokenizer") : "standard";
            if (!tokenizer.equals("standard") && !tokenizer.equals("whitespace")) {
                throw new BadParamsException(
                        "unsupported tokenizer: " + tokenizer + " (supported: standard, whitespace)");
            }
            if (o.has("filter")) {
                if (!o.get("filter").isJsonArray()) {
                    throw new BadParamsException("filter params should be array");
                }
                for (JsonElement f : o.getAsJsonArray("filter")) {
                    stages.add(filter(f));
                }
            } else if (!o.has("tokenizer")) {
                stages.add(LowerCaseFilter::new); // no params at all: the standard analyzer
            }
        }
        String tok = tokenizer;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tok.equals("whitespace") ? new WhitespaceTokenizer() : new StandardTokenizer();
                TokenStream s = source;
                for (Stage st : stages) {
                    s = st.wrap(s);
                }
                return new TokenStreamComponents(source, s);
            }
        };
    }

    private interface Stage {
        TokenStream wrap(TokenStream s);
    }

    private static Stage filter(JsonElement f) {
        if (f.isJsonPrimitive()) {
            String name = f.getAsString();
            return switch (name) {
                case "lowercase" -> LowerCaseFilter::new;
                case "asciifolding" -> ASCIIFoldingFilter::new;
                default -> throw new BadParamsException("unsupported filter: " + name);
            };
        }
        if (!f.isJsonObject() || !f.getAsJsonObject().has("type")) {
            throw new BadParamsException("filter params should be a string or a json map with a type, got: " + f);
        }
        JsonObject o = f.getAsJsonObject();
        String type = string(o.get("type"), "filter type");
        switch (type) {
            case "lowercase":
                return LowerCaseFilter::new;
            case "asciifolding":
                return ASCIIFoldingFilter::new;
            case "stop": {
                if (!o.has("stop_words")) {
                    throw new BadParamsException("stop filter stop_words can't be empty");
                }
                CharArraySet words = stopWords(o.get("stop_words"));
                return s -> new StopFilter(s, words);
            }
            case "length": {
                if (!o.has("max")
                        || !o.get("max").isJsonPrimitive()
                        || !o.getAsJsonPrimitive("max").isNumber()) {
                    throw new BadParamsException("length max param was none or not uint");
                }
                long max = o.get("max").getAsLong();
                if (max < 0 || max > Integer.MAX_VALUE) {
                    throw new BadParamsException("length max param was none or not uint");
                }
                return s -> new LengthFilter(s, 0, (int) max);
            }
            case "stemmer": {
                String lang = o.has("language") ? string(o.get("language"), "language") : "";
                if (!lang.toLowerCase(Locale.ROOT).equals("english")) {
                    throw new BadParamsException("unsupported stemmer language: " + lang + " (supported: english)");
                }
                return PorterStemFilter::new;
            }
            default:
                throw new BadParamsException("unsupported filter type: " + type);
        }
    }

    private static CharArraySet stopWords(JsonElement e) {
        if (!e.isJsonArray()) {
            throw new BadParamsException("stop_words should be list");
        }
        JsonArray a = e.getAsJsonArray();
        CharArraySet set = new CharArraySet(a.size() + 8, false);
        for (JsonElement w : a) {
            String word = string(w, "stop word");
            if (word.equals("_english_")) {
                set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            } else {
                set.add(word);
            }
        }
        return set;
    }

    private static String string(JsonElement e, String what) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new BadParamsException(what + " should be string, got: " + e);
        }
        return e.getAsString();
    }

    /** The tokens of {@code text}, in order, repeats kept. */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream s = analyzer.tokenStream("", new StringReader(text == null ? "" : text))) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.add(term.toString());
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    /**
     * One token with its details as Milvus's {@code RunAnalyzer} answers them (milvus.proto
     * {@code AnalyzerToken}; tantivy's token: offsets in UTF-8 bytes of the text, the end
     * exclusive; positions from 0, a removed stop word leaving its gap).
     */
    public record Token(String token, long startOffset, long endOffset, long position, long positionLength) {}

    /** The tokens of {@code text} with their offsets and positions, in order. */
    public List<Token> analyze(String text) {
        String t = text == null ? "" : text;
        List<Token> out = new ArrayList<>();
        try (TokenStream s = analyzer.tokenStream("", new StringReader(t))) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = s.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = s.addAttribute(PositionLengthAttribute.class);
            s.reset();
            long position = -1;
            int charAt = 0;
            long byteAt = 0;
            while (s.incrementToken()) {
                position += inc.getPositionIncrement();
                int start = offset.startOffset();
                int end = offset.endOffset();
                // Lucene counts UTF-16 chars; Milvus (tantivy) counts UTF-8 bytes. Offsets only grow
                // for these tokenizers, so one pass carries the byte count along.
                if (start < charAt) {
                    charAt = 0;
                    byteAt = 0;
                }
                byteAt += utf8Length(t, charAt, start);
                charAt = start;
                long startByte = byteAt;
                long endByte = startByte + utf8Length(t, start, end);
                out.add(new Token(term.toString(), startByte, endByte, position, len.getPositionLength()));
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    /**
     * A token with its place in the text counted in Unicode code points (Go runes), the end
     * exclusive: how Milvus's highlighter measures fragments (milvus-io/milvus
     * internal/querynodev2/delegator, bytesOffsetToRuneOffset).
     */
    public record Span(String token, int start, int end) {}

    /** The tokens of {@code text} with their code point offsets, in order. */
    public List<Span> spans(String text) {
        String t = text == null ? "" : text;
        List<Span> out = new ArrayList<>();
        try (TokenStream s = analyzer.tokenStream("", new StringReader(t))) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                int start = t.codePointCount(0, offset.startOffset());
                int end = start + t.codePointCount(offset.startOffset(), offset.endOffset());
                out.add(new Span(term.toString(), start, end));
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    private static long utf8Length(String s, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
