/**
 * The journal's command-line tools ({@code journal dump|stats|export|tail}), mounted by the engine's CLI through
 * {@link org.ctpengine.journal.tools.JournalCommand}, and the decoding they share: which ABI profile and which
 * CTP struct an event's payload is, from the run's {@link org.ctpengine.journal.JournalMetadata}. They read
 * journals read-only, so they are safe on a journal that an engine is writing.
 */
package org.ctpengine.journal.tools;
