/**
 * Text in CTP structs: GB18030 bytes in NUL-terminated {@code char[N]} fields, decoded and encoded with the charset
 * named explicitly, never the platform's; see {@link org.ctpengine.adapter.text.Gb18030}.
 */
package org.ctpengine.adapter.text;
