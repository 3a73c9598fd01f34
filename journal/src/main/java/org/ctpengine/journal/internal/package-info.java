/**
 * Journal internals that are not part of its API: reading Chronicle Queue's on-disk framing directly, where
 * the queue's API deliberately hides it (a reader must see only complete excerpts; a crash inspector must see
 * what lies beyond them).
 */
package org.ctpengine.journal.internal;
