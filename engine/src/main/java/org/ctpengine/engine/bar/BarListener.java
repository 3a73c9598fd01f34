package org.ctpengine.engine.bar;

/** Receives each completed bar. The {@link Bar} is reused: copy what you keep. */
@FunctionalInterface
public interface BarListener
{
    void onBar(Bar bar);
}
