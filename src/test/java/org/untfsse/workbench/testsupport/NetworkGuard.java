package org.untfsse.workbench.testsupport;

import java.net.InetAddress;
import java.net.SocketPermission;
import java.security.Permission;

/**
 * A security manager that refuses, and reports on standard output as {@code NETWORK <what>}, every
 * attempt to connect, listen, accept or multicast. Needs {@code -Djava.security.manager=allow}.
 */
public final class NetworkGuard extends SecurityManager {

    private NetworkGuard() {
    }

    public static void install() {
        System.setSecurityManager(new NetworkGuard());
    }

    @Override
    public void checkConnect(String host, int port) {
        deny("connect " + host + ":" + port);
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
        deny("connect " + host + ":" + port);
    }

    @Override
    public void checkListen(int port) {
        deny("listen " + port);
    }

    @Override
    public void checkAccept(String host, int port) {
        deny("accept " + host + ":" + port);
    }

    @Override
    public void checkMulticast(InetAddress address) {
        deny("multicast " + address);
    }

    @Override
    public void checkPermission(Permission permission) {
        if (permission instanceof SocketPermission socket) {
            deny("socket " + socket.getName() + " " + socket.getActions());
        }
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        checkPermission(permission);
    }

    private static void deny(String what) {
        System.out.println("NETWORK " + what);
        System.out.flush();
        throw new SecurityException("The workbench must not use the network: " + what);
    }
}
