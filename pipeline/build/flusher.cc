// The flushing thread of a build.
#include "pipeline/build/flusher.h"

#include "pipeline/build/atomic_file.h"

namespace voortgang {

Flusher::Flusher() : thread_([this] { Run(); }) {}

Flusher::~Flusher() { Finish(); }

void Flusher::Add(const std::string& temp_path, const std::string& final_path, bool* ok,
                  std::string* error) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back({temp_path, final_path, ok, error});
  }
  wake_.notify_one();
}

void Flusher::Finish() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    finishing_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void Flusher::Run() {
  for (;;) {
    Entry entry;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return finishing_ || !queue_.empty(); });
      if (queue_.empty()) return;  // finishing, and nothing left
      entry = std::move(queue_.front());
      queue_.pop_front();
    }
    if (!FlushTemp(entry.temp_path, entry.final_path, entry.error)) *entry.ok = false;
  }
}

}  // namespace voortgang
