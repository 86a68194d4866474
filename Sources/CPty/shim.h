/* The pseudo-terminal calls of the C library for the benchmarks' harness: posix_openpt,
 * grantpt, unlockpt and ptsname_r are X/Open and GNU extensions that Swift's Glibc module does
 * not show, and POSIX_SPAWN_SETSID is a GNU one. Only Sources/KioskBench/Pty uses this. */
#ifndef KIOSK_CPTY_SHIM_H
#define KIOSK_CPTY_SHIM_H

#include <fcntl.h>
#include <spawn.h>
#include <stddef.h>
#include <stdlib.h>

/* Declared here: the C library's headers hide them unless _GNU_SOURCE or _XOPEN_SOURCE is set
 * before any of them is read, which a module cannot do without clashing with Swift's Glibc. */
extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern int ptsname_r(int fd, char *buf, size_t buflen);

/* A new pseudo-terminal master, not the controlling terminal of this process, closed on exec. */
static inline int kiosk_pty_open(void) { return posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC); }
static inline int kiosk_pty_grant(int fd) { return grantpt(fd); }
static inline int kiosk_pty_unlock(int fd) { return unlockpt(fd); }
/* The slave's path into buf; 0 on success, an errno value otherwise. */
static inline int kiosk_pty_name(int fd, char *buf, size_t size) { return ptsname_r(fd, buf, size); }

/* posix_spawn's flag that makes the child the leader of a new session (glibc 2.26: 0x80). */
#ifdef POSIX_SPAWN_SETSID
static inline short kiosk_pty_spawn_setsid(void) { return POSIX_SPAWN_SETSID; }
#else
static inline short kiosk_pty_spawn_setsid(void) { return 0x80; }
#endif

#endif
