// Flushing finished outputs to disk while the workers go on rendering.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace voortgang {

/// fsync waits on the disk, not on the CPU (1.7 ms per note on this machine). Done by the
/// workers it idled a core per output; done with the renames after them it was a serial tail
/// of more than a second at national scale. On a thread of its own it overlaps the rendering,
/// and the renames find every file on disk already.
class Flusher {
 public:
  Flusher();
  ~Flusher();
  Flusher(const Flusher&) = delete;
  Flusher& operator=(const Flusher&) = delete;

  /// Queues the finished temporary file of `final_path`. When it has been flushed, *ok is left
  /// as it is; when that fails, *ok becomes false, *error explains and the file is removed.
  /// The caller reads *ok and *error only after Finish.
  void Add(const std::string& temp_path, const std::string& final_path, bool* ok,
           std::string* error);

  /// Returns when every queued file has been flushed.
  void Finish();

 private:
  struct Entry {
    std::string temp_path, final_path;
    bool* ok;
    std::string* error;
  };
  void Run();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Entry> queue_;
  bool finishing_ = false;
  std::thread thread_;  // last: started once the members above exist
};

}  // namespace voortgang
