package org.psoascoach.cli;

import org.psoascoach.contract.CatalogJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Lists every test, stretch, strengthening, release and breathing item with its facts."},
        footer = {"", "Examples:", "  psoas catalog --format text", "  psoas catalog --format json > catalog.json"})
final class CatalogCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", completionCandidates = Format.Names.class, paramLabel = "json|text",
            description = "Output format: json (default, the catalog contract) or text (for reading).")
    Format format;

    @Override
    public Integer call() {
        Engine engine = Engine.get();
        var out = spec.commandLine().getOut();
        out.print(format == Format.TEXT ? new CatalogText(engine.messages).render(engine.catalog) : CatalogJson.write(engine.catalog));
        out.flush();
        return Psoas.OK;
    }
}
