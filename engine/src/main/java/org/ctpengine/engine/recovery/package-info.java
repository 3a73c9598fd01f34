/**
 * Warm restart: what an engine that stopped (crashed, killed, or restarted on purpose) knew about the trading
 * day, handed to the new engine before it connects. The engine only defines the shape ({@link
 * org.ctpengine.engine.recovery.WarmStart}) and applies it; reading it back from a journal is the journal
 * module's job, so that the engine does not depend on the journal.
 */
package org.ctpengine.engine.recovery;
