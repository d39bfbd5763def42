package dev.cadenza;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.PrintStream;
import java.util.Random;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The package structure and the banned-API list, checked on the compiled main classes.
 * Each ban says why; a violation names the class and line.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.cadenza");

  @Test
  void dataFlowsOneWayAndTheEdgesDependOnTheCoreNeverTheReverse() {
    noClasses().that().resideInAnyPackage("..theory..", "..corpus..", "..index..", "..question..", "..retrieve..",
            "..answer..", "..llm..", "..midi..", "..abc..", "..compose..", "..piano..")
        .should().dependOnClassesThat().resideInAnyPackage("..app..", "..web..", "..cli..")
        .because("the core pipeline must not know how it is wired or served").check(MAIN);
    noClasses().that().resideInAnyPackage("..theory..")
        .should().dependOnClassesThat().resideInAnyPackage("..corpus..", "..index..", "..question..", "..retrieve..",
            "..answer..", "..llm..")
        .because("the theory engine is pure music theory, usable on its own").check(MAIN);
    noClasses().that().resideInAnyPackage("..compose..", "..piano..")
        .should().dependOnClassesThat().resideInAnyPackage("..corpus..", "..index..", "..question..", "..retrieve..",
            "..answer..", "..llm..")
        .because("melodies and fingerings are computed from the theory engine and the MIDI tools alone").check(MAIN);
    noClasses().that().resideInAnyPackage("..corpus..")
        .should().dependOnClassesThat().resideInAnyPackage("..index..", "..question..", "..retrieve..", "..answer..",
            "..llm..")
        .because("documents come before the index and retrieval").check(MAIN);
    noClasses().that().resideInAnyPackage("..embed..")
        .should().dependOnClassesThat().resideInAnyPackage("..corpus..", "..index..", "..question..", "..retrieve..",
            "..answer..", "..llm..", "..app..")
        .because("turning text into vectors knows nothing of documents, indexes or answers").check(MAIN);
    noClasses().that().resideInAnyPackage("..index..")
        .should().dependOnClassesThat().resideInAnyPackage("..question..", "..retrieve..", "..answer..", "..llm..")
        .because("the index serves retrieval and knows nothing of the questions or answers above it").check(MAIN);
    noClasses().that().resideInAnyPackage("..web..")
        .should().dependOnClassesThat().resideInAnyPackage("..cli..").check(MAIN);
    // Settings are gathered at the command line and handed down as plain maps; nothing below reads them itself.
    noClasses().that().resideInAPackage("dev.cadenza.config..")
        .should().dependOnClassesThat().resideInAnyPackage("..cli..").check(MAIN);
    noClasses().that().resideInAnyPackage("..app..", "..web..", "..answer..", "..retrieve..", "..question..", "..llm..",
            "..index..", "..corpus..")
        .should().dependOnClassesThat().resideInAPackage("dev.cadenza.config..").check(MAIN);
  }

  @Test
  void questionsAreReadThenPassagesRetrievedThenAnswersComposed() {
    classes().that().resideInAPackage("dev.cadenza.question..")
        .should().onlyDependOnClassesThat(resideInAPackage("dev.cadenza.question..")
            .or(resideOutsideOfPackage("dev.cadenza..")))
        .because("reading a question (form, key words, shorthand, follow-ups) needs no index, engine or answerer")
        .check(MAIN);
    noClasses().that().resideInAPackage("dev.cadenza.retrieve..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cadenza.answer..", "dev.cadenza.llm..")
        .because("retrieval comes before generation").check(MAIN);
  }

  @Test
  void theoryLayersDependDownwardOnly() {
    noClasses().that().resideInAPackage("dev.cadenza.theory")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cadenza.theory.text..", "dev.cadenza.theory.qa..",
            "dev.cadenza.theory.verify..", "dev.cadenza.theory.entity..", "dev.cadenza.theory.query..")
        .because("the engine (notes, intervals, chords, keys, numerals) knows nothing of prose").check(MAIN);
    noClasses().that().resideInAPackage("dev.cadenza.theory.text..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cadenza.theory.qa..", "dev.cadenza.theory.verify..")
        .because("recognising music in text serves both question answering and verification").check(MAIN);
    noClasses().that().resideInAPackage("dev.cadenza.theory.entity..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cadenza.theory.query..", "dev.cadenza.theory.qa..",
            "dev.cadenza.theory.verify..", "dev.cadenza.theory.text..")
        .because("the music-entity recogniser sits on the engine alone, below every reader of questions").check(MAIN);
    noClasses().that().resideInAPackage("dev.cadenza.theory.query..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cadenza.theory.qa..", "dev.cadenza.theory.verify..")
        .because("typed queries are read from entities and run on the engine; their callers sit above").check(MAIN);
    noClasses().that().resideInAPackage("dev.cadenza.theory.verify..")
        .should().dependOnClassesThat().resideInAPackage("dev.cadenza.theory.qa..")
        .because("the verifier reads claims with the recogniser, not with question readers").check(MAIN);
    noClasses().that().resideInAPackage("dev.cadenza.theory.qa..")
        .should().dependOnClassesThat().resideInAPackage("dev.cadenza.theory.verify..")
        .because("answering and checking are siblings above the recogniser").check(MAIN);
  }

  @Test
  void midiPackagesLayerKeyThenHarmonyThenVoiceAndKnowNothingOfAbc() {
    noClasses().that().resideInAPackage("dev.cadenza.midi.key")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cadenza.midi.harmony", "dev.cadenza.midi.voice")
        .because("key finding reads the notes alone; chords and voice leading are judged in a key").check(MAIN);
    noClasses().that().resideInAPackage("dev.cadenza.midi.harmony")
        .should().dependOnClassesThat().resideInAPackage("dev.cadenza.midi.voice")
        .because("chords are named before the voice-leading rules judge how their voices move").check(MAIN);
    noClasses().that().resideInAPackage("dev.cadenza.midi..")
        .should().dependOnClassesThat().resideInAPackage("dev.cadenza.abc..")
        .because("notations are read into the MIDI note model, which serves them all").check(MAIN);
  }

  @Test
  void luceneTypesStayInsideTheIndexPackage() {
    noClasses().that().resideOutsideOfPackages("..index..", "..bench..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
        .because("one package owns the index format; the rest sees Cadenza records").check(MAIN);
  }

  @Test
  void languageModelTypesStayInsideTheLlmPackage() {
    noClasses().that().resideOutsideOfPackage("..llm..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.langchain4j.model.chat..", "dev.langchain4j.model.openai..", "dev.langchain4j.memory..")
        .because("the model client is replaceable behind the Answerer interface").check(MAIN);
  }

  @Test
  void bannedApisAreNotUsedInMainCode() {
    noClasses().should().callMethod(Thread.class, "sleep", long.class)
        .because("waiting by sleeping hides races; use a latch, a future or a scheduled executor").check(MAIN);
    noClasses().should().callConstructor(Random.class)
        .because("every random generator is seeded so runs can be reproduced").check(MAIN);
    noClasses().should().callMethod(String.class, "format", String.class, Object[].class)
        .orShould().callMethod(String.class, "formatted", Object[].class)
        .orShould().callMethod(PrintStream.class, "printf", String.class, Object[].class)
        .orShould().callMethod(PrintStream.class, "format", String.class, Object[].class)
        .because("number formatting must not depend on the machine's locale: pass Locale.ROOT").check(MAIN);
    noClasses().should().callMethod(String.class, "toLowerCase").orShould().callMethod(String.class, "toUpperCase")
        .because("case conversion must not depend on the machine's locale (the Turkish i): pass Locale.ROOT").check(MAIN);
    noClasses().should().callMethod(Executors.class, "newFixedThreadPool", int.class)
        .orShould().callMethod(Executors.class, "newCachedThreadPool")
        .orShould().callMethod(Executors.class, "newSingleThreadExecutor")
        .because("threads get names (pass a ThreadFactory) so thread dumps and logs say who is who").check(MAIN);
  }

}
