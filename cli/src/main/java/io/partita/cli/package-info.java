/**
 * The partita command line: picocli commands in the seed's 0.x forms and milvus_cli 1.x's forms, an
 * interactive JLine shell, one-shot mode, --json output and documented exit codes. Every command is
 * one or a few SDK calls; the CLI holds no rule of its own.
 */
package io.partita.cli;
