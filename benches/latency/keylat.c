/* Key-to-pixel latency in a real X window (benches/latency.py builds and drives it).
 *
 * keylat WINDOW QUIET_MS STEP...
 *
 * For each STEP: wait until WINDOW's pixels have not changed for QUIET_MS, take its picture,
 * send the input through XTEST (as a keyboard or mouse would), then read the window's
 * pixels in a loop (XShmGetImage, well under a millisecond a read) until any pixel differs.
 * Prints "STEP FIRST LAST" per step: milliseconds from the input sent to the first changed
 * pixel read, and to the last change before the window stood still for QUIET_MS (an
 * animation, or a second frame, shows as LAST well after FIRST). A STEP is a key as xdotool names it, with modifiers ("ctrl+Next", "a",
 * "BackSpace"), or "move:X,Y" (the pointer to X,Y in the window: a hover, one frame), or
 * "wait:MS". A step that changes nothing within 3 s prints "STEP timeout".
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <time.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static Display *dpy;
static Window win;
static XImage *img;
static XShmSegmentInfo shm;
static char *ref;
static size_t size;

static void grab(void) {
    XShmGetImage(dpy, win, img, 0, 0, AllPlanes);
}

static int changed(void) {
    grab();
    return memcmp(ref, img->data, size) != 0;
}

static void wait_quiet(int quiet_ms) {
    grab();
    memcpy(ref, img->data, size);
    double still_since = now_ms();
    double start = still_since;
    while (now_ms() - still_since < quiet_ms && now_ms() - start < 10000) {
        if (changed()) {
            memcpy(ref, img->data, size);
            still_since = now_ms();
        }
    }
}

static void key(const char *spec, int down) {
    char buf[128];
    snprintf(buf, sizeof buf, "%s", spec);
    KeyCode codes[8];
    int n = 0;
    for (char *part = strtok(buf, "+"); part && n < 8; part = strtok(NULL, "+")) {
        const char *name = part;
        if (!strcmp(part, "ctrl")) name = "Control_L";
        else if (!strcmp(part, "alt")) name = "Alt_L";
        else if (!strcmp(part, "shift")) name = "Shift_L";
        KeySym sym = XStringToKeysym(name);
        if (sym == NoSymbol) { fprintf(stderr, "unknown key %s\n", name); exit(2); }
        codes[n++] = XKeysymToKeycode(dpy, sym);
    }
    if (down) for (int i = 0; i < n; i++) XTestFakeKeyEvent(dpy, codes[i], True, 0);
    else for (int i = n - 1; i >= 0; i--) XTestFakeKeyEvent(dpy, codes[i], False, 0);
    XFlush(dpy);
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "keylat WINDOW QUIET_MS STEP...\n"); return 2; }
    dpy = XOpenDisplay(NULL);
    if (!dpy) { fprintf(stderr, "no display\n"); return 2; }
    win = (Window)strtoul(argv[1], NULL, 0);
    int quiet = atoi(argv[2]);
    XWindowAttributes a;
    XGetWindowAttributes(dpy, win, &a);
    img = XShmCreateImage(dpy, a.visual, a.depth, ZPixmap, NULL, &shm, a.width, a.height);
    size = (size_t)img->bytes_per_line * img->height;
    shm.shmid = shmget(IPC_PRIVATE, size, IPC_CREAT | 0600);
    shm.shmaddr = img->data = shmat(shm.shmid, NULL, 0);
    shm.readOnly = False;
    XShmAttach(dpy, &shm);
    shmctl(shm.shmid, IPC_RMID, NULL);
    ref = malloc(size);
    for (int i = 3; i < argc; i++) {
        const char *step = argv[i];
        if (!strncmp(step, "wait:", 5)) { double until = now_ms() + atoi(step + 5); while (now_ms() < until); continue; }
        wait_quiet(quiet);
        double sent;
        if (!strncmp(step, "move:", 5)) {
            int x, y;
            sscanf(step + 5, "%d,%d", &x, &y);
            Window child;
            int rx, ry;
            XTranslateCoordinates(dpy, win, DefaultRootWindow(dpy), x, y, &rx, &ry, &child);
            sent = now_ms();
            XTestFakeMotionEvent(dpy, -1, rx, ry, 0);
            XFlush(dpy);
        } else {
            sent = now_ms();
            key(step, 1);
            key(step, 0);
        }
        double got = -1;
        while (now_ms() - sent < 3000) {
            if (changed()) { got = now_ms() - sent; break; }
        }
        if (got < 0) { printf("%s timeout\n", step); fflush(stdout); continue; }
        /* Then until the window stands still: the last change. */
        memcpy(ref, img->data, size);
        double last = got, still_since = now_ms();
        while (now_ms() - still_since < quiet && now_ms() - sent < 5000) {
            if (changed()) {
                memcpy(ref, img->data, size);
                last = now_ms() - sent;
                still_since = now_ms();
            }
        }
        printf("%s %.2f %.2f\n", step, got, last);
        fflush(stdout);
    }
    return 0;
}
