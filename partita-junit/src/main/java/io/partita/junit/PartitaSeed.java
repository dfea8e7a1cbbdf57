package io.partita.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A collection the harness creates, fills from a CSV resource and loads before the tests of a
 * {@link PartitaServer} class run. Repeat it for several collections.
 *
 * <pre>{@code
 * @PartitaServer
 * @PartitaSeed(collection = "book", fields = {"book_id:INT64", "word_count:INT64", "book_intro:FLOAT_VECTOR:2"},
 *         data = "books.csv")
 * class BookSearchTest { ... }
 * }</pre>
 *
 * <p>The collection is created when it does not exist: once per server for the class and JVM
 * scopes, for each test method with {@link PartitaServer.Scope#METHOD}, and again before each test
 * with {@link PartitaServer#cleanBetweenTests()} (which drops it first). The CSV file's header names
 * the fields (any order, every field but an auto id); values are written as the CLI's
 * {@code insert file} takes them: numbers, {@code true}/{@code false}, text (quoted when it holds a
 * comma), vectors as {@code "[0.1, 0.2]"}. A seed that cannot be created fails the class before its
 * first test with a message naming the seed, the file and the line.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Repeatable(PartitaSeed.List.class)
public @interface PartitaSeed {

    /**
     * @return the collection's name
     */
    String collection();

    /**
     * The schema, one field per entry as the CLI's {@code create collection -f} takes it:
     * {@code name:TYPE}, {@code name:FLOAT_VECTOR:DIM}, {@code name:VARCHAR:MAX_LENGTH}. TYPE is one of
     * BOOL, INT8, INT16, INT32, INT64, FLOAT, DOUBLE, VARCHAR, FLOAT_VECTOR, BINARY_VECTOR.
     *
     * @return the field specs
     */
    String[] fields();

    /**
     * @return the primary key field; empty (the default) means the first field
     */
    String primaryKey() default "";

    /**
     * @return whether the server assigns the primary keys (the CSV then has no such column); default false
     */
    boolean autoId() default false;

    /**
     * A CSV file on the test class path (as {@link ClassLoader#getResource} names it, e.g.
     * {@code "seed/books.csv"}); empty (the default) creates the collection without rows.
     *
     * @return the resource path
     */
    String data() default "";

    /**
     * @return a partition to create and insert into; empty (the default) inserts into {@code _default}
     */
    String partition() default "";

    /**
     * @return whether to load the collection after inserting (so it can be searched at once); default true
     */
    boolean load() default true;

    /** Holds repeated {@link PartitaSeed} annotations. */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @interface List {
        /**
         * @return the seeds, created in this order
         */
        PartitaSeed[] value();
    }
}
