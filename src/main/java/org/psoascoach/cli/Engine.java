package org.psoascoach.cli;

import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.CatalogLoader;
import org.psoascoach.language.Messages;
import org.psoascoach.planning.Planner;

/** The engine as the CLI uses it: the English catalog and messages, loaded once per process. */
final class Engine {
    private static Engine instance;

    final Catalog catalog;
    final Messages messages;
    final Planner planner;

    private Engine() {
        this.catalog = CatalogLoader.load("en");
        this.messages = Messages.english();
        this.planner = new Planner(catalog, messages);
    }

    static synchronized Engine get() {
        if (instance == null) instance = new Engine();
        return instance;
    }
}
