/**
 * C++ headers in the layout of SFIT's CTP SDK, in both directions.
 * <ul>
 *     <li>{@link org.ctpengine.abitools.header.CppHeaderWriter}: profile → headers, so that C++ code (the
 *     simulator) compiles against the profile as the single source of truth; {@code static_assert}s make the
 *     compiler prove every size and offset.</li>
 *     <li>{@link org.ctpengine.abitools.header.HeaderAbiExtractor}: a vendor's headers → profile, for CTP
 *     versions the engine does not ship. Its output follows the conventions of the profiles extracted from
 *     the binary libraries, so that the two kinds compare file by file.</li>
 * </ul>
 * Headers written by the one read back by the other give the same profile; the tests hold both to that.
 */
package org.ctpengine.abitools.header;
