package dev.cadenza.cli;

import dev.cadenza.app.CadenzaConfig;
import dev.cadenza.config.Settings;
import dev.cadenza.embed.Embedders;
import dev.cadenza.web.OpsSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "config", mixinStandardHelpOptions = true,
    description = {"Print the effective settings: defaults, overridden by cadenza.yaml (or $CADENZA_CONFIG), overridden by",
        "environment variables, each with where it came from; secrets are masked. Fails on an invalid value."})
final class ConfigCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    Settings settings = Services.settings();
    CadenzaConfig.fromEnvironment(settings.asMap());
    OpsSettings.fromEnvironment(settings.asMap());
    Embedders.Model.fromEnvironment(settings.asMap());
    System.out.println("# file: " + (settings.file() == null ? "none (no cadenza.yaml here, CADENZA_CONFIG unset)" : settings.file()));
    settings.describe().forEach(System.out::println);
    return 0;
  }
}
