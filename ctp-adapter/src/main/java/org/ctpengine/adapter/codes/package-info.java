/**
 * CTP's one-character codes ({@code THOST_FTDC_*} macros) as {@code public static final byte} constants, one small
 * class per code type, e.g. {@link org.ctpengine.adapter.codes.Direction#BUY}. Each constant names its macro with
 * {@link org.ctpengine.adapter.codes.CtpCode}, which a test checks against every built-in ABI profile.
 */
package org.ctpengine.adapter.codes;
