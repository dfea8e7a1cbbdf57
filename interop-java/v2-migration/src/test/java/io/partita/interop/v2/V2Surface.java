package io.partita.interop.v2;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The public V2 surface of a jar by reflection: every public class under a package, and every
 * public constructor and method of it (inherited ones included), written with its parameter and
 * return types as Java source would name them.
 */
final class V2Surface {
    private V2Surface() {}

    /** @return the public class names under {@code packagePrefix} (e.g. {@code io/milvus/v2/}) in the jar */
    static Set<String> publicClasses(Path jar, String packagePrefix, ClassLoader loader) throws IOException {
        Set<String> names = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (!entry.startsWith(packagePrefix) || !entry.endsWith(".class") || entry.contains("$$")) {
                    continue;
                }
                String name =
                        entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                if (name.matches(".*\\$\\d.*")) {
                    continue; // anonymous and local classes
                }
                Class<?> c = load(name, loader);
                if (c != null && isVisible(c)) {
                    names.add(c.getName());
                }
            }
        }
        return names;
    }

    /** @return the class, or null when it cannot be loaded on this classpath */
    static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static boolean isVisible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** @return {@code name(ParamType, ...) ReturnType} for each public member; constructors as {@code <init>(...)} */
    static Set<String> members(Class<?> c) {
        Set<String> out = new TreeSet<>();
        for (Method m : c.getMethods()) {
            if (m.isSynthetic() || m.isBridge() || m.getDeclaringClass() == Object.class) {
                continue;
            }
            out.add((Modifier.isStatic(m.getModifiers()) ? "static " : "") + m.getName()
                    + params(m.getGenericParameterTypes()) + " "
                    + m.getGenericReturnType().getTypeName());
        }
        for (Constructor<?> k : c.getConstructors()) {
            out.add("<init>" + params(k.getGenericParameterTypes()));
        }
        return out;
    }

    private static String params(Type[] types) {
        return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", ", "(", ")"));
    }
}
