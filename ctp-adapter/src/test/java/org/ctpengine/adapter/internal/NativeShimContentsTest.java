package org.ctpengine.adapter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.NativeLibrary;
import org.junit.jupiter.api.Test;

/** The production shim holds the call stubs only; the SPI driver (test and bench support) is a library of its own. */
class NativeShimContentsTest
{
    @Test
    void theProductionShimDoesNotCarryTheSpiDriver()
    {
        final NativeLibrary shim = NativeLibrary.getInstance(NativeShim.path());

        assertThat(shim.getFunction("ctp_v_v")).isNotNull();
        assertThatThrownBy(() -> shim.getFunction("ctp_drive_spi")).isInstanceOf(UnsatisfiedLinkError.class);
    }

    @Test
    void theDriverIsATestResourceOfItsOwn()
    {
        assertThat(SpiDriverLibrary.class.getResource(SpiDriverLibrary.RESOURCE)).isNotNull();
        assertThat(NativeShim.class.getResource(SpiDriverLibrary.RESOURCE).getPath())
            .contains("/test-classes/");
    }
}
