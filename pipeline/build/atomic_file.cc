// Temporary files, renames and their cleanup on signals.
#include "pipeline/build/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>

namespace voortgang {
namespace fs = std::filesystem;
namespace {

// A fixed table that the signal handler can walk without allocating or locking.
constexpr int kMaxTemps = 1024;
char g_temps[kMaxTemps][512];
std::atomic<bool> g_used[kMaxTemps];
std::mutex g_register_mutex;
std::atomic<unsigned> g_counter{0};

void Register(const std::string& path) {
  std::lock_guard<std::mutex> lock(g_register_mutex);
  if (path.size() >= sizeof(g_temps[0])) return;  // too long to track; a later run sweeps it
  for (int i = 0; i < kMaxTemps; ++i) {
    if (!g_used[i].load()) {
      std::memcpy(g_temps[i], path.c_str(), path.size() + 1);
      g_used[i].store(true);
      return;
    }
  }
}

void Unregister(const std::string& path) {
  std::lock_guard<std::mutex> lock(g_register_mutex);
  for (int i = 0; i < kMaxTemps; ++i) {
    if (g_used[i].load() && path == g_temps[i]) g_used[i].store(false);
  }
}

void OnSignal(int sig) {
  for (int i = 0; i < kMaxTemps; ++i) {
    if (g_used[i].load()) ::unlink(g_temps[i]);
  }
  // write(2) only: the handler may not allocate or lock. The manifest is written last, so
  // the next run rebuilds exactly what this one did not finish.
  static const char kMessage[] =
      "\nvoortgang: build interrupted: the outputs already in place are kept (complete, old or "
      "new); files being written were removed; run the build again to finish\n";
  ssize_t ignored = ::write(STDERR_FILENO, kMessage, sizeof(kMessage) - 1);
  (void)ignored;
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

std::string Errno(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

}  // namespace

std::string TempPathFor(const std::string& final_path) {
  fs::path p(final_path);
  std::string name = std::string(kTempPrefix) + std::to_string(::getpid()) + "-" +
                     std::to_string(g_counter.fetch_add(1)) + "-" + p.filename().string();
  std::string temp = (p.parent_path() / name).string();
  Register(temp);
  return temp;
}

bool WriteTemp(const std::string& final_path, std::string_view bytes, std::string* temp_path,
               std::string* error) {
  *temp_path = TempPathFor(final_path);
  int fd = ::open(temp_path->c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = Errno("cannot create", *temp_path);
    Unregister(*temp_path);
    return false;
  }
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *error = Errno("cannot write", final_path);
      ::close(fd);
      DiscardTemp(*temp_path);
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    *error = Errno("cannot write", final_path);
    DiscardTemp(*temp_path);
    return false;
  }
  return true;
}

bool FlushTemp(const std::string& temp_path, const std::string& final_path, std::string* error) {
  int fd = ::open(temp_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    *error = Errno("cannot flush", final_path);
    if (fd >= 0) ::close(fd);
    DiscardTemp(temp_path);
    return false;
  }
  ::close(fd);
  return true;
}

bool CommitTemp(const std::string& temp_path, const std::string& final_path, std::string* error) {
  return FlushTemp(temp_path, final_path, error) && RenameTemp(temp_path, final_path, error);
}

bool RenameTemp(const std::string& temp_path, const std::string& final_path, std::string* error) {
  if (::rename(temp_path.c_str(), final_path.c_str()) != 0) {
    *error = Errno("cannot rename into place", final_path);
    DiscardTemp(temp_path);
    return false;
  }
  Unregister(temp_path);
  return true;
}

void DiscardTemp(const std::string& temp_path) {
  ::unlink(temp_path.c_str());
  Unregister(temp_path);
}

void SweepStaleTemps(const std::string& dir) {
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().rfind(kTempPrefix, 0) == 0) fs::remove(it->path(), ec);
  }
}

void InstallSignalCleanup() {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof(sa));
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

}  // namespace voortgang
