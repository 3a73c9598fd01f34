/**
 * Zero-allocation views (flyweights) over CTP's wire structs in Agrona buffers, one class per struct the engine
 * uses, bound at construction to the field offsets of an {@link org.ctpengine.adapter.abi.AbiProfile}; and
 * {@link org.ctpengine.adapter.struct.StructPrinter}, which prints any struct of a profile by name for journal dumps.
 * <p>
 * Accessor conventions, for a field {@code InstrumentID}: {@code instrumentId()} reads, {@code instrumentId(value)}
 * writes and returns the flyweight; text fields add {@code wrapInstrumentId(AsciiSequenceView)} and
 * {@code instrumentIdEquals(CharSequence)} (allocation-free), Chinese text fields {@code appendX(StringBuilder)};
 * fields appended in later CTP versions add {@code hasX()}. Char codes are {@code byte}s, see
 * {@link org.ctpengine.adapter.codes}.
 */
package org.ctpengine.adapter.struct;
