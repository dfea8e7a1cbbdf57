package io.partita.interop.v2;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles one program's source with the JDK compiler against the test classpath and runs its
 * {@code static void run(String uri, PrintStream out)} in a class loader of its own.
 */
final class ProgramCompiler {
    private ProgramCompiler() {}

    /** The migration rule of docs/migration.md for the V2 API: the only change to the program. */
    static String rewriteImports(String officialSource) {
        return officialSource.replace("io.milvus.", "io.partita.");
    }

    /** @return the compiled program's loader; the compiler's messages are in the exception on failure */
    static URLClassLoader compile(String className, String source, Path workDir) throws IOException {
        Path src = workDir.resolve("src");
        Path out = workDir.resolve("classes");
        Files.createDirectories(src);
        Files.createDirectories(out);
        Path file = src.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean ok = javac.getTask(
                        messages,
                        null,
                        null,
                        List.of(
                                "-classpath",
                                System.getProperty("java.class.path"),
                                "-d",
                                out.toString(),
                                "-proc:none"),
                        null,
                        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                .getJavaFileObjects(file))
                .call();
        if (!ok) {
            throw new AssertionError("the program does not compile:\n" + messages);
        }
        return new URLClassLoader(new URL[] {out.toUri().toURL()}, ProgramCompiler.class.getClassLoader());
    }

    /** Runs the program's {@code run(uri, out)} and returns what it printed. */
    static String run(ClassLoader loader, String className, String uri) throws Exception {
        Method run = loader.loadClass(className).getMethod("run", String.class, PrintStream.class);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            run.invoke(null, uri, out);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the program failed against " + uri + "; it printed:\n" + bytes, e.getCause());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
